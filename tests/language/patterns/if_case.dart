// if-case: the pattern's variables are in scope in the guard and the then branch.
void check(Object? json) {
  if (json case {'name': String name, 'tags': [String first, ...]}) {
    print('$name first tag $first');
  } else if (json case {'name': String name} when name.length > 3) {
    print('long name $name');
  } else if (json case int() || double()) {
    print('number');
  } else {
    print('no match');
  }
}

void main() {
  check({'name': 'Ann', 'tags': ['a', 'b']}); // expect: Ann first tag a
  check({'name': 'Bobby'}); // expect: long name Bobby
  check({'name': 'Bo'}); // expect: no match
  check(3); // expect: number
  check(2.5); // expect: number
  check(null); // expect: no match
  Object pair = (1, 2);
  if (pair case (int a, int b) when a < b) print('ordered $a < $b'); // expect: ordered 1 < 2
  if (pair case (_, 3)) print('ends with 3'); else print('does not end with 3');
  // expect: does not end with 3
  if (5 case > 10) print('big');
  if ('text' case String s as Object) print('cast $s'); // expect: cast text
}
