// Checks an exception thrown several calls deep and never caught; finally blocks still run.
void c() => throw StateError('deep failure');

void b() {
  try {
    c();
  } finally {
    print('b finally');
  }
}

void a() => b();

void main() {
  a();
  // expect: b finally
  // expect runtime error: Bad state: deep failure
}
