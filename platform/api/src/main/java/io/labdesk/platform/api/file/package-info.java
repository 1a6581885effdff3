/**
 * Files a module keeps with its own records (evidence, signed forms), checked and stored per institution with their
 * checksum as the files of a service request are. Builds on the data vocabulary of this API only.
 */
package io.labdesk.platform.api.file;
