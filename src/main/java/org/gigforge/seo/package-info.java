/** What search engines read: robots.txt and the sitemap of public pages. */
@NullMarked
@ApplicationModule(displayName = "SEO")
package org.gigforge.seo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
