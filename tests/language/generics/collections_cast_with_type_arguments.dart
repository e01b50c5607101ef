// `as List<int>` checks the type arguments a list carries, naming both types when it fails.
void main() {
  Object strings = <String>['a'];
  try {
    strings as List<int>;
  } on TypeError catch (e) {
    print(e); // expect: type 'List<String>' is not a subtype of type 'List<int>' in type cast
  }
  List<Object> objects = strings as List<Object>;
  print(objects); // expect: [a]
  Object map = <String, int>{};
  print((map as Map<String, num>).length); // expect: 0
  print(map is Map<int, int>); // expect: false
  Object list = <num>[1];
  list as List<int>; // expect runtime error: type 'List<num>' is not a subtype of type 'List<int>' in type cast
}
