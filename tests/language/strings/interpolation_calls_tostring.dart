// Checks that interpolation calls toString on objects, numbers, null, bools and collections.
class Temp {
  final int deg;
  Temp(this.deg);
  @override
  String toString() {
    print('toString called');
    return '$deg°';
  }
}

void main() {
  var t = Temp(21);
  var s = 'It is $t today';
  // expect: toString called
  print(s); // expect: It is 21° today
  print('${null} ${true} ${1.5} ${[1, 2]} ${{'a': 1}}'); // expect: null true 1.5 [1, 2] {a: 1}
}
