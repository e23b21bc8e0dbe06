/**
 * Files: uploads checked by their content, public images re-encoded and served under content-hashed names,
 * private documents served only after the owning module's read policy says yes; kept in a local folder or
 * in an S3-compatible store.
 */
@NullMarked
@ApplicationModule(displayName = "Files")
package org.gigforge.file;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
