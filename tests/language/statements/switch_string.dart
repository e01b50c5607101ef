// Checks a switch on strings, including one with no matching case and no default.
void command(String cmd) {
  switch (cmd) {
    case 'start':
      print('starting');
      break;
    case 'stop':
      print('stopping');
  }
}

void main() {
  command('start'); // expect: starting
  command('stop'); // expect: stopping
  command('pause');
  print('done'); // expect: done
}
