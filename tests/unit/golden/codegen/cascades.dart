class Builder {
  var parts = <String>[];
  int size = 0;
  void add(String s) {
    parts.add(s);
  }
}

void main() {
  var b = Builder()
    ..add('a')
    ..size = 2
    ..parts.add('b');
  print(b.size);
}
