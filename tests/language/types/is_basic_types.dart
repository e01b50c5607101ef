// Checks `is` against the built-in types for values of each kind.
void main() {
  Object? i = 1;
  Object? d = 1.5;
  Object? s = 'text';
  Object? b = true;
  Object? n = null;
  print(i is int); // expect: true
  print(i is num); // expect: true
  print(i is double); // expect: false
  print(i is Object); // expect: true
  print(d is double); // expect: true
  print(d is int); // expect: false
  print(d is num); // expect: true
  print(s is String); // expect: true
  print(s is int); // expect: false
  print(b is bool); // expect: true
  print(n is Null); // expect: true
  print(n is Object); // expect: false
  print(n is Object?); // expect: true
  print(n is dynamic); // expect: true
}
