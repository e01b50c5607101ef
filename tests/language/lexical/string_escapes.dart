// Checks the single-character escapes by their code units and by printing.
void main() {
  print('a\nb');
  // expect: a
  // expect: b
  print('\n'.codeUnitAt(0)); // expect: 10
  print('\r'.codeUnitAt(0)); // expect: 13
  print('\t'.codeUnitAt(0)); // expect: 9
  print('\b'.codeUnitAt(0)); // expect: 8
  print('\f'.codeUnitAt(0)); // expect: 12
  print('\v'.codeUnitAt(0)); // expect: 11
  print('back\\slash'); // expect: back\slash
  print('it\'s'); // expect: it's
  print("\"quoted\""); // expect: "quoted"
  print('\$5'); // expect: $5
  print('\q'); // expect: q
  print('x\ty'.length); // expect: 3
}
