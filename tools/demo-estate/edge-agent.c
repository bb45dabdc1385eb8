/* The demo appliance's agent: a program with OpenSSL linked in statically
 * (modelled by the version text OpenSSL embeds, OPENSSL_VERSION_TEXT), in an
 * image without any package database. */
#include <stdio.h>

const char openssl_version_text[] = "OpenSSL 3.0.13 30 Jan 2024";

int main(void) {
  puts(openssl_version_text);
  return 0;
}
