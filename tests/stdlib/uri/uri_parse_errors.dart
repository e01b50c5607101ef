// An invalid port is a FormatException from parse and null from tryParse.
void main() {
  print(Uri.tryParse('http://h:12x/'));
  print(Uri.tryParse(':nothing'));
  Uri.parse('http://h:12x/');
}
// expect: null
// expect: null
// expect runtime error: FormatException: Invalid port
