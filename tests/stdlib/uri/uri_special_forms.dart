// data:, mailto: and IPv6 URIs parse as ordinary URIs.
void main() {
  var data = Uri.parse('data:text/plain;base64,SGVsbG8=');
  print(data.scheme);
  print(data.path);
  print(data);
  var mail = Uri.parse('mailto:someone@example.com?subject=Hi');
  print(mail.path);
  print(mail.queryParameters['subject']);
  var v6 = Uri.parse('http://[::1]:8080/x');
  print(v6.host);
  print(v6.port);
  print(v6);
}
// expect: data
// expect: text/plain;base64,SGVsbG8=
// expect: data:text/plain;base64,SGVsbG8=
// expect: someone@example.com
// expect: Hi
// expect: ::1
// expect: 8080
// expect: http://[::1]:8080/x
