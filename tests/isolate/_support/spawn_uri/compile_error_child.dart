void main() {
  print('missing parenthesis';
}
