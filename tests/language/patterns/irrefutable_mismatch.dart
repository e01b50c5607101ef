// A declaration's pattern that does not match throws: a list of another length or a missing
// map key is a StateError, a value of another type a TypeError, as in the Dart VM.
void main() {
  try {
    var [a, b] = [1, 2, 3];
    print('$a $b');
  } on StateError catch (e) {
    print(e); // expect: Bad state: Pattern matching error
  }
  try {
    var {'a': v} = {'b': 1};
    print(v);
  } on StateError catch (e) {
    print(e); // expect: Bad state: Pattern matching error
  }
  dynamic notARecord = 5;
  try {
    var (x, y) = notARecord;
    print('$x $y');
  } on TypeError catch (e) {
    print(e); // expect: type 'int' is not a subtype of type '(Object?, Object?)'
  }
  dynamic text = 'text';
  var (int n, m) = (text, 1); // expect runtime error: type 'String' is not a subtype of type 'int'
  print(n + m);
}
