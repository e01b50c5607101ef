// Checks the compile error for a call that omits a required named argument.
void connect(String host, {required int port}) {
  print('$host:$port');
}

void main() {
  connect('localhost'); // expect error: Required named parameter 'port' must be provided.
}
