// Fixed-length lists refuse every length change with Dart's UnsupportedError texts.
void main() {
  var list = List.filled(3, 0);
  try { list.add(1); } catch (e) { print(e); }
  try { list.removeLast(); } catch (e) { print(e); }
  try { list.length = 4; } catch (e) { print(e); }
  try { list.insert(0, 1); } catch (e) { print(e); }
  list[1] = 5;
  print(list);
}
// expect: Unsupported operation: Cannot add to a fixed-length list
// expect: Unsupported operation: Cannot remove from a fixed-length list
// expect: Unsupported operation: Cannot change the length of a fixed-length list
// expect: Unsupported operation: Cannot add to a fixed-length list
// expect: [0, 5, 0]
