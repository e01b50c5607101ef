// main(args): prints its arguments.
void main(List<String> args) {
  print('args_only_child: $args');
}
