// main(): prints a line.
void main() {
  print('no_args_child ran');
}
