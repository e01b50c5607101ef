// Checks hashCode, runtimeType and toString on built-in values.
void main() {
  print(1.hashCode == 1.hashCode); // expect: true
  print('ab'.hashCode == ('a' + 'b').hashCode); // expect: true
  print(true.toString()); // expect: true
  print(null.toString()); // expect: null
  print([1].runtimeType == [2].runtimeType); // expect: true
  print(12.5.toString()); // expect: 12.5
  print('x'.toString()); // expect: x
}
