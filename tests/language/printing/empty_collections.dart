// Checks printing of empty lists, maps and sets.
void main() {
  print([]); // expect: []
  print({}); // expect: {}
  print(<int>{}); // expect: {}
  print(<String, int>{}); // expect: {}
  print(List<int>.empty()); // expect: []
  var l = [1];
  l.clear();
  print(l); // expect: []
}
