// Checks the postfix ! operator on non-null values, in chains and on map lookups.
String? maybe(bool b) => b ? 'value' : null;

void main() {
  print(maybe(true)!); // expect: value
  print(maybe(true)!.length); // expect: 5
  var m = {'a': 1};
  print(m['a']! + 1); // expect: 2
  int? n = m['a'];
  print(n! * 10); // expect: 10
}
