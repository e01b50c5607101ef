// Checks everyday int members: abs, isEven, isOdd, sign, toDouble, toString, compareTo.
void main() {
  print((-5).abs()); // expect: 5
  print(4.isEven); // expect: true
  print(7.isEven); // expect: false
  print((-3).isOdd); // expect: true
  print((-9).sign); // expect: -1
  print(7.toDouble()); // expect: 7.0
  print(42.toString() + '!'); // expect: 42!
  print(3.compareTo(5)); // expect: -1
  print(5.compareTo(5)); // expect: 0
  print(15.clamp(0, 10)); // expect: 10
  print(255.toRadixString(16)); // expect: ff
  print(7.toInt()); // expect: 7
}
