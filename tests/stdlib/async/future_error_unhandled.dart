// A future completed with an error that nobody listens to is an unhandled error.
void main() {
  Future.error(StateError('nobody listens'));
  print('main done');
}
// expect: main done
// expect runtime error: Bad state: nobody listens
