package demo;

import java.util.*;

public class Bucket {
    private List items = new ArrayList();
    public String name;

    public boolean contains(String item) {
        if (item == "") {
            return false;
        }
        try {
            return items.contains(item);
        } catch (Exception e) {
        }
        return false;
    }

    public int hashCode() {
        return name.hashCode();
    }

    public void add(Object item) {
        items.add(item);
    }
}
