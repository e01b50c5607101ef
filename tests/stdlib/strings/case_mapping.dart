// Checks toUpperCase and toLowerCase beyond ASCII (Latin-1, sharp s, Greek, Cyrillic).
void main() {
  print('Straße'.toUpperCase()); // expect: STRASSE
  print('ÀÉÎ'.toLowerCase()); // expect: àéî
  print('héllo wörld'.toUpperCase()); // expect: HÉLLO WÖRLD
  print('ΑΒΓ'.toLowerCase()); // expect: αβγ
  print('привет'.toUpperCase()); // expect: ПРИВЕТ
  print('MiXeD 123'.toLowerCase()); // expect: mixed 123
}
