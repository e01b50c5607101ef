// Checks that objects inside collections print with their toString or Instance of 'T'.
class Plain {}

class Named {
  final String n;
  Named(this.n);
  @override
  String toString() => '<$n>';
}

enum E { one }

void main() {
  print([Plain()]); // expect: [Instance of 'Plain']
  print([Named('a'), Named('b')]); // expect: [<a>, <b>]
  print({Named('k'): Plain()}); // expect: {<k>: Instance of 'Plain'}
  print({E.one}); // expect: {E.one}
}
