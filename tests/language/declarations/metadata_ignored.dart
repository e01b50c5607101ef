// Checks that metadata annotations (@override, @deprecated, const objects) are accepted.
class Tag {
  final String name;
  const Tag(this.name);
}

@Tag('top')
int value = 1;

class Base {
  String hello() => 'base';
}

@Tag('class')
class Derived extends Base {
  @override
  String hello() => 'derived';

  @deprecated
  void old() => print('old');
}

void main() {
  @Tag('local')
  var x = 2;
  print(value + x); // expect: 3
  print(Derived().hello()); // expect: derived
  Derived().old(); // expect: old
}
