// Map.unmodifiable and const maps refuse changes.
void main() {
  var m = Map.unmodifiable({'a': 1});
  print(m);
  try { m['b'] = 2; } catch (e) { print(e); }
  try { m.remove('a'); } catch (e) { print(e); }
  const c = {'k': 1};
  c.clear();
}
// expect: {a: 1}
// expect: Unsupported operation: Cannot modify unmodifiable map
// expect: Unsupported operation: Cannot modify unmodifiable map
// expect runtime error: Unsupported operation: Cannot modify unmodifiable map
