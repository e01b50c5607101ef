// Parsing percent-encodes characters a component cannot hold, upper-cases escapes and decodes
// escapes of unreserved characters.
void main() {
  print(Uri.parse('http://h/a b/%7e/%2f?q=a b#f g'));
  print(Uri.parse('http://h/é'));
  print(Uri.parse('http://h/%aa'));
}
// expect: http://h/a%20b/~/%2F?q=a%20b#f%20g
// expect: http://h/%C3%A9
// expect: http://h/%AA
