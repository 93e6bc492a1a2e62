package io.trader.smartmoney.data;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VaultListTest {

    @Test
    void readsTheVaultAddressesAndCountsBadRows() {
        VaultList.Read r = VaultList.read("[{\"apr\":0.1,\"summary\":{\"name\":\"A\",\"vaultAddress\":\"0xDFC24B077BC1425AD1DEA75BCB6F8158E10DF303\"}},"
                + "{\"summary\":{\"name\":\"B\",\"vaultAddress\":\"0x" + "1".repeat(40) + "\"}},"
                + "{\"summary\":{\"name\":\"broken\",\"vaultAddress\":\"0x12\"}},{\"nosummary\":true}]");
        assertEquals(Set.of("0xdfc24b077bc1425ad1dea75bcb6f8158e10df303", "0x" + "1".repeat(40)), r.addresses());
        assertEquals(2, r.skipped());
    }

    @Test
    void aDocumentThatIsNotAListIsRefused() {
        assertThrows(MalformedDataException.class, () -> VaultList.read("{\"vaults\":[]}"));
        assertThrows(MalformedDataException.class, () -> VaultList.read("[{"));
    }
}
