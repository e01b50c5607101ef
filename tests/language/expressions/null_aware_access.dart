// Checks ?. on null and non-null receivers, and that the whole chain short-circuits.
class Person {
  String name;
  Person? friend;
  Person(this.name);
  String greet() => 'hi $name';
}

Person? find(bool found) => found ? Person('ann') : null;

void main() {
  print(find(true)?.name); // expect: ann
  print(find(false)?.name); // expect: null
  print(find(false)?.name.length); // expect: null
  print(find(true)?.greet()); // expect: hi ann
  print(find(false)?.greet()); // expect: null
  var p = Person('bob');
  print(p.friend?.name); // expect: null
  p.friend = Person('cy');
  print(p.friend?.name); // expect: cy
  find(false)?.name = 'never';
  String? s = find(false)?.name;
  print(s?.length); // expect: null
}
