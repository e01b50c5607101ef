// Checks LineSplitter: \n, \r and \r\n end lines; a final unterminated line is kept.
import 'dart:convert';

void main() {
  print(LineSplitter.split("a\nb\r\nc\rd\n")); // expect: (a, b, c, d)
  print(const LineSplitter().convert("x\n\ny")); // expect: [x, , y]
  print(const LineSplitter().convert("")); // expect: []
  print(const LineSplitter().convert("\r\n\r\n").length); // expect: 2
  print(LineSplitter.split("ab\ncd\nef", 1, 7).toList()); // expect: [b, cd, e]
  for (var line in LineSplitter.split("1\n2")) {
    print(line);
  }
  // expect: 1
  // expect: 2
}
