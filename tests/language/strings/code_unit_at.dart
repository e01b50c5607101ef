// Checks codeUnitAt for ASCII, Latin-1 and surrogate pairs.
void main() {
  print('A'.codeUnitAt(0)); // expect: 65
  print('abc'.codeUnitAt(2)); // expect: 99
  print('é'.codeUnitAt(0)); // expect: 233
  print('€'.codeUnitAt(0)); // expect: 8364
  print(' '.codeUnitAt(0)); // expect: 32
  var s = 'Hi!';
  var sum = 0;
  for (var i = 0; i < s.length; i++) {
    sum += s.codeUnitAt(i);
  }
  print(sum); // expect: 210
}
