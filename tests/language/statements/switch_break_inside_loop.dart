// Checks that break inside a switch leaves the switch, not the enclosing loop.
void main() {
  var seen = <String>[];
  for (var i = 0; i < 3; i++) {
    switch (i) {
      case 1:
        seen.add('one');
        break;
      default:
        seen.add('other');
    }
    seen.add('after $i');
  }
  print(seen); // expect: [other, after 0, one, after 1, other, after 2]
}
