var items = [];

function addItem(item) {
    if (item == null) {
        return
    }
    items.push(item);
    var unused = 1;
}

function count() {
    return itemz.length;
}

module.exports = { addItem: addItem };
