"""Bucket lists: load them and keep their items."""
import os, sys
import json


def load(path):
    f = open(path)
    data = json.load(f)
    return data

class bucket:
    def __init__(self, items=[]):
        self.items = items
    def add(self, item):
        if item == None:
            return
        self.items.append(item)
    def remove(self, item):
        self.items.remove(item)
    def count(self):
        return len(self.items)
