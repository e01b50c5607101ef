// Checks that a return inside finally replaces the try's return value or exception.
int f() {
  try {
    return 1;
  } finally {
    return 2;
  }
}

int g() {
  try {
    throw 'lost';
  } finally {
    return 3;
  }
}

void main() {
  print(f()); // expect: 2
  print(g()); // expect: 3
}
