// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> {
}
