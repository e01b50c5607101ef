// List.unmodifiable and const lists refuse element writes and length changes.
void main() {
  var list = List.unmodifiable([1, 2]);
  try { list[0] = 3; } catch (e) { print(e); }
  try { list.add(3); } catch (e) { print(e); }
  try { const [1].sort(); } catch (e) { print(e); }
  print(list);
}
// expect: Unsupported operation: Cannot modify an unmodifiable list
// expect: Unsupported operation: Cannot add to an unmodifiable list
// expect: Unsupported operation: Cannot modify an unmodifiable list
// expect: [1, 2]
