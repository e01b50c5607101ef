// Syntax not supported yet: each gets a clear error and the rest of the file still parses.
extension type E(int i) {
  E.twice(int i) : this(i * 2);
}

extension type F.named(int i) {}

void main() {
  print('still parsed');
}
