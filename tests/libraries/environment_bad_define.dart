// A -D without '=' is rejected before anything runs.
// flags: -DNOVALUE
// expect stderr: vm: -D needs the form <name>=<value>, got 'NOVALUE'
// expect exit: 255
void main() {
  print('unreachable');
}
