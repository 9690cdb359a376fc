package io.admitone.server.branding;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.storage.FileKey;

/** Where an organisation's logo files are: their storage keys and their public paths. */
final class LogoFiles {

    private LogoFiles() {
    }

    static FileKey key(TenantId tenant, String fileName) {
        return new FileKey("logos/" + tenant + "/" + fileName);
    }

    static String path(TenantId tenant, String fileName) {
        return "/api/v1/orgs/" + tenant + "/branding/logos/" + fileName;
    }
}
