// Checks required named parameters mixed with positional and optional named ones.
String person(String id, {required String name, required int age, String city = 'nowhere'}) {
  return '$id $name $age $city';
}

void main() {
  print(person('p1', name: 'Ann', age: 30)); // expect: p1 Ann 30 nowhere
  print(person('p2', age: 5, name: 'Bo', city: 'Oslo')); // expect: p2 Bo 5 Oslo
  print(person(name: 'Cy', 'p3', age: 1)); // expect: p3 Cy 1 nowhere
}
