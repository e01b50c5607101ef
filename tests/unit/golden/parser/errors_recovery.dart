// Several syntax errors in one file: each is reported once and parsing goes on.
void main() {
  var x = 1
  print(x);
  var y = ;
  foo(a b);
  int z = 3;
  if (x y) {
    print('skipped');
  }
  print('after');
}

class A {
  int x
  void m() {}
  )
  int y;
  A() : x;
}

void g() => ;
class B extends {}
var ok = 1;
