// Checks int.tryParse: null for anything int.parse would reject, the value otherwise.
void main() {
  print(int.tryParse('123')); // expect: 123
  print(int.tryParse(' -7 ')); // expect: -7
  print(int.tryParse('1.5')); // expect: null
  print(int.tryParse('')); // expect: null
  print(int.tryParse('0b101')); // expect: null
  print(int.tryParse('z', radix: 36)); // expect: 35
  print(int.tryParse('99999999999999999999')); // expect: null
}
