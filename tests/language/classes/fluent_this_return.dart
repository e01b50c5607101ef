// Checks methods that return this, so calls can be chained.
class Builder {
  final List<String> parts = [];
  Builder add(String p) {
    parts.add(p);
    return this;
  }

  String build() => parts.join('-');
}

void main() {
  print(Builder().add('a').add('b').add('c').build()); // expect: a-b-c
}
