import os, sys
import json


def load(path):
    f = open(path)
    data = json.load(f)
    unused = 1
    return data

class bucket:
    def __init__(self, items=[]):
        self.items = items
    def add(self, item):
        if item == None:
            return
        self.items.append(item)
    def count(self):
        return len(self.items)
