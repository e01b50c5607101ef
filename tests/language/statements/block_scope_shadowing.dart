// Checks block scoping: inner declarations shadow outer ones and vanish after the block.
var x = 'top-level';

void showTop() => print(x);

void main() {
  showTop(); // expect: top-level
  var x = 'main';
  print(x); // expect: main
  {
    var x = 'block';
    print(x); // expect: block
    {
      var x = 'inner';
      print(x); // expect: inner
    }
    print(x); // expect: block
  }
  print(x); // expect: main
  for (var x = 0; x < 1; x++) {
    print(x); // expect: 0
  }
  print(x); // expect: main
  showTop(); // expect: top-level
}
