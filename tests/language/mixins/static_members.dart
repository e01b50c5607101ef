// A mixin's static members are reached through the mixin's name and from its methods.
mixin Ids {
  static int next = 0;
  static int take() => next++;

  int newId() => take();
}

class Item with Ids {}

void main() {
  var i = Item();
  print(i.newId());
  print(i.newId());
  print(Ids.next);
  // expect: 0
  // expect: 1
  // expect: 2
}
