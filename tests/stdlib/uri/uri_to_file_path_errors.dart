// toFilePath refuses URIs that are not file URIs, or that have a query or fragment.
void main() {
  try { Uri.parse('http://h/x').toFilePath(); } catch (e) { print(e); }
  try { Uri.parse('file:///x?q').toFilePath(); } catch (e) { print(e); }
  Uri.parse('file:///x#f').toFilePath();
}
// expect: Unsupported operation: Cannot extract a file path from a http URI
// expect: Unsupported operation: Cannot extract a file path from a URI with a query component
// expect runtime error: Unsupported operation: Cannot extract a file path from a URI with a fragment component
