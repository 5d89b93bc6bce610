/** Value types shared by every domain area: identifiers, checked text, money, paging and version tracking. */
package org.soptrack.core.domain.shared;
