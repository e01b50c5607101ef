// strings: builds strings from small pieces. Each item is made by interpolation, then one
// concatenation with `+`; the items of a round are joined with a StringBuffer (table.concat in
// Lua). Measures small-string allocation, int-to-string conversion and joining. The total length
// checks the work.
// Twin of strings.lua: both print the same line.

void main() {
  const int rounds = 20;
  const int count = 50000;
  int total = 0;
  for (int r = 1; r <= rounds; r++) {
    final StringBuffer buffer = StringBuffer();
    for (int i = 1; i <= count; i++) {
      final String item = 'item$i:${(i * r) % 1000}';
      buffer.write(item + ';');
    }
    final String s = buffer.toString();
    total += s.length;
  }
  print('strings: total length = $total');
}
